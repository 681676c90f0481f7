export * from './editionName';
export * from './createEdition';
export * from './editionVersions';
