/**
 * A coarse point per country, [latitude, longitude] in degrees: for the big ones a
 * point near where most of its people live (Russia's is west of the Urals), for the
 * rest roughly its centre or capital. Good for "no plane makes Moscow to Berlin in
 * twenty minutes", blind to any move inside one country. Keys are the English names
 * the API writes (`Russia`, as in the reference's example), in lower case; a country
 * not listed is unknown and skipped by the travel signal.
 */
const POINTS: Readonly<Record<string, readonly [number, number]>> = {
  russia: [55.5, 40.5],
  ukraine: [49.0, 31.5],
  belarus: [53.7, 27.9],
  kazakhstan: [48.0, 68.0],
  uzbekistan: [41.0, 66.0],
  kyrgyzstan: [41.8, 74.6],
  tajikistan: [38.6, 69.3],
  turkmenistan: [38.9, 59.5],
  azerbaijan: [40.4, 49.2],
  armenia: [40.2, 44.6],
  georgia: [42.0, 43.6],
  moldova: [47.2, 28.6],
  latvia: [56.9, 24.6],
  lithuania: [55.2, 24.0],
  estonia: [58.8, 25.3],
  finland: [61.5, 25.0],
  poland: [52.1, 19.4],
  germany: [51.0, 10.2],
  france: [46.6, 2.4],
  'united kingdom': [52.5, -1.5],
  netherlands: [52.2, 5.3],
  belgium: [50.6, 4.6],
  switzerland: [46.8, 8.2],
  austria: [47.6, 14.1],
  czechia: [49.8, 15.5],
  'czech republic': [49.8, 15.5],
  slovakia: [48.7, 19.7],
  hungary: [47.2, 19.4],
  romania: [45.9, 24.9],
  bulgaria: [42.7, 25.5],
  serbia: [44.0, 20.9],
  montenegro: [42.7, 19.4],
  croatia: [45.1, 15.2],
  slovenia: [46.1, 14.8],
  greece: [39.1, 22.0],
  cyprus: [35.1, 33.4],
  italy: [42.8, 12.6],
  spain: [40.2, -3.6],
  portugal: [39.6, -8.0],
  ireland: [53.2, -7.9],
  denmark: [56.0, 10.0],
  norway: [60.5, 9.0],
  sweden: [59.5, 16.0],
  iceland: [64.9, -19.0],
  turkey: [39.0, 35.2],
  israel: [31.5, 34.9],
  'united arab emirates': [24.5, 54.6],
  egypt: [27.0, 30.8],
  iran: [32.4, 53.7],
  india: [22.0, 79.0],
  china: [33.0, 111.0],
  mongolia: [47.9, 106.9],
  japan: [36.2, 138.3],
  'south korea': [36.5, 127.8],
  vietnam: [16.0, 106.0],
  thailand: [15.0, 101.0],
  indonesia: [-2.5, 118.0],
  australia: [-33.0, 146.0],
  'united states': [38.0, -92.0],
  canada: [46.0, -79.0],
  mexico: [21.0, -100.0],
  brazil: [-15.0, -48.0],
  argentina: [-34.6, -61.0],
};

/** Other spellings the API may write for a country listed above. */
const ALIASES: Readonly<Record<string, string>> = {
  'russian federation': 'russia',
  usa: 'united states',
  'united states of america': 'united states',
  uk: 'united kingdom',
  'great britain': 'united kingdom',
  'republic of korea': 'south korea',
  korea: 'south korea',
  'republic of moldova': 'moldova',
  türkiye: 'turkey',
  uae: 'united arab emirates',
};

/** A country's coarse point, or undefined for a country the table does not know. */
export function countryPoint(country: string): readonly [number, number] | undefined {
  const key = country.trim().toLowerCase();
  return POINTS[ALIASES[key] ?? key];
}

const EARTH_RADIUS_KM = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance between two points, in kilometres (haversine). */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const [lat1, lon1] = a.map(radians) as [number, number];
  const [lat2, lon2] = b.map(radians) as [number, number];
  const h =
    Math.sin((lat2 - lat1) / 2) ** 2 +
    Math.cos(lat1) * Math.cos(lat2) * Math.sin((lon2 - lon1) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
