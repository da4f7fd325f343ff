// The metric math of SPEC.md, shared by the worker (API answers) and the dashboard (display).
export * from './distribution';
export * from './nps';
export * from './csat';
export * from './ces';
export * from './round';
export * from './sentiment';
export * from './summary';
export * from './margins';
export * from './links';
export * from './bands';
export * from './pool';
export * from './interval';
export * from './compare';
export * from './aspects';
export * from './team';
export * from './durations';
export * from './drivers';
