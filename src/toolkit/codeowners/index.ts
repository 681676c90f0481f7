export * from './options';
export * from './generateCodeowners';
export * from './codeownersFile';
