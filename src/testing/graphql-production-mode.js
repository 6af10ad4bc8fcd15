// Jest sets NODE_ENV=test, and graphql-js then checks every `instanceOf` of its schema and AST objects for a second
// copy of graphql loaded from another realm (a development aid that walks prototypes on every miss). Building and
// serving Vendure's two schemas made that about 1.4 s of every e2e spec's CPU time. graphql reads NODE_ENV once, when
// the module loads: load it here, in production mode, before the spec loads anything else. Nothing else sees it.
const previous = process.env.NODE_ENV;
process.env.NODE_ENV = 'production';
require('graphql/jsutils/instanceOf');
process.env.NODE_ENV = previous;
