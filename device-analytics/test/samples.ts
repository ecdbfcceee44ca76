// A path per route that answers 200 on the sample data (test-env), by operation id.
export const SAMPLES = {
  getUniqueDevices: '/metrics/unique-devices/en.wikipedia/all-sites/daily/20200101/20200131',
};
