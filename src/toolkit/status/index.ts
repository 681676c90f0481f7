export * from '../../content/status';
export * from './countWords';
export * from './buildStatusReport';
export * from './collectStatus';
export * from './formatStatusTable';
