// The one host API the pure service uses (hover and completion wait at most 500 ms for the first
// workspace scan): present in Node, browsers and web workers. The service's own tsconfig has no
// `node` types, so this is all it sees of its host; the whole-program tsconfig.json excludes this
// file and takes Node's declaration instead.
declare function setTimeout(callback: (value?: unknown) => void, ms: number): unknown;
