/** Version of the catalogue format this package reads and writes. */
export const SCHEMA_VERSION = '1.0';
