export * from './types';
export * from './countWords';
export * from './buildStatusReport';
export * from './collectStatus';
export * from './formatStatusTable';
