// The official-document model (公文) and what surrounds it: settings, layout, checks, the fix.
export * from './attachments';
export * from './build';
export * from './checks';
export * from './findings';
export * from './fix';
export * from './fonts';
export * from './layout';
export * from './model';
export * from './punctuation';
export * from './report';
export * from './settings';
export * from './signature';
export * from './table-layout';
export * from './title-lines';
export * from './font-check';
