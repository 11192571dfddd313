/** Region hosts of `PureCloudRegionHosts` in the Genesys SDK (262). */
export const GENESYS_REGION_HOSTS = [
  'mypurecloud.com',
  'mypurecloud.ie',
  'mypurecloud.com.au',
  'mypurecloud.jp',
  'mypurecloud.de',
  'usw2.pure.cloud',
  'cac1.pure.cloud',
  'apne2.pure.cloud',
  'euw2.pure.cloud',
  'aps1.pure.cloud',
  'use2.us-gov-pure.cloud',
  'sae1.pure.cloud',
  'mec1.pure.cloud',
  'apne3.pure.cloud',
  'euc2.pure.cloud',
  'mxc1.pure.cloud',
  'apse1.pure.cloud',
  'edee1.eusc-pure.cloud',
] as const;

export type GenesysRegionHost = (typeof GENESYS_REGION_HOSTS)[number];

export function apiBaseUrlForRegion(region: GenesysRegionHost): string {
  return `https://api.${region}`;
}
