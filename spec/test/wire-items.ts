/** The reference's session item, as an XML parser with text values hands it over. */
export const sessionWireItem = {
  Place: 'Media name',
  ip: '192.168.0.1',
  Country: 'Russia',
  UserAgent: 'Mozilla/5.0',
  Start: '2020-09-09 11:35:28',
  LeftActivations: '1',
} as const;
