export * from './pageTypes';
export * from './slugFromTitle';
export * from './planNewPage';
export * from './createPage';
