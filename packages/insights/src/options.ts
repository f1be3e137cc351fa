/** The thresholds of every signal, and how the result shows addresses. */
export interface AuditOptions {
  /**
   * Two sessions of one password that start within this many minutes of each other
   * from different networks are evidence. The API gives no end time or duration, so
   * this says "started close together", never "watched at the same time".
   * Defaults to 30.
   */
  readonly closeStartMinutes?: number;
  /** This many distinct networks or more within `velocityHours` is evidence. Defaults to 5. */
  readonly velocityNetworks?: number;
  /** The window of the network velocity signal, in hours. Defaults to 24. */
  readonly velocityHours?: number;
  /**
   * Consecutive sessions in two countries closer in time than travel between them at
   * this speed (km/h, between coarse country points) are evidence. Defaults to 900,
   * an airliner's cruising speed.
   */
  readonly travelSpeedKmh?: number;
  /** More distinct device families than this within `deviceWindowDays` is evidence. Defaults to 3. */
  readonly deviceFamilies?: number;
  /** The window of the device spread signal, in days. Defaults to 7. */
  readonly deviceWindowDays?: number;
  /**
   * Activations used up within this many hours of the first session count as fast
   * (more points than used up slowly). Defaults to 48.
   */
  readonly fastActivationsHours?: number;
  /**
   * A network on which this many customers or more appear is shared (an office, a
   * school, a carrier's NAT): network evidence on it is shown but discounted.
   * Defaults to 3.
   */
  readonly sharedNetworkCustomers?: number;
  /**
   * Show whole IP addresses in the result. IPs are personal data (152-FZ, GDPR), so
   * by default an address shows only its network (`203.0.113.x`). Defaults to false.
   */
  readonly showIps?: boolean;
}

export type ResolvedOptions = Required<AuditOptions>;

/** Every option's default, as `auditSharing` applies it. */
export const AUDIT_DEFAULTS: ResolvedOptions = Object.freeze({
  closeStartMinutes: 30,
  // Tautulli's default for its sharing detector.
  velocityNetworks: 5,
  velocityHours: 24,
  travelSpeedKmh: 900,
  deviceFamilies: 3,
  deviceWindowDays: 7,
  fastActivationsHours: 48,
  sharedNetworkCustomers: 3,
  showIps: false,
});

const COUNTS = ['velocityNetworks', 'deviceFamilies', 'sharedNetworkCustomers'] as const;

/** The options with every default filled in; a threshold that is not a positive number throws. */
export function resolveOptions(options: AuditOptions = {}): ResolvedOptions {
  const resolved: ResolvedOptions = {
    closeStartMinutes: options.closeStartMinutes ?? AUDIT_DEFAULTS.closeStartMinutes,
    velocityNetworks: options.velocityNetworks ?? AUDIT_DEFAULTS.velocityNetworks,
    velocityHours: options.velocityHours ?? AUDIT_DEFAULTS.velocityHours,
    travelSpeedKmh: options.travelSpeedKmh ?? AUDIT_DEFAULTS.travelSpeedKmh,
    deviceFamilies: options.deviceFamilies ?? AUDIT_DEFAULTS.deviceFamilies,
    deviceWindowDays: options.deviceWindowDays ?? AUDIT_DEFAULTS.deviceWindowDays,
    fastActivationsHours: options.fastActivationsHours ?? AUDIT_DEFAULTS.fastActivationsHours,
    sharedNetworkCustomers: options.sharedNetworkCustomers ?? AUDIT_DEFAULTS.sharedNetworkCustomers,
    showIps: options.showIps ?? AUDIT_DEFAULTS.showIps,
  };
  for (const [name, value] of Object.entries(resolved)) {
    if (typeof value === 'boolean') continue;
    const whole = (COUNTS as readonly string[]).includes(name);
    if (!Number.isFinite(value) || value <= 0 || (whole && !Number.isInteger(value))) {
      throw new RangeError(
        `auditSharing: ${name} must be a positive ${whole ? 'whole number' : 'number'}, got ${value}`,
      );
    }
  }
  return resolved;
}
