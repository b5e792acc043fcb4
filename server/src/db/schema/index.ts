export * from './workspaces';
export * from './agents';
export * from './crm';
export * from './tickets';
export * from './events';
export * from './email';
export * from './ticket-config';
export * from './ticket-work';
