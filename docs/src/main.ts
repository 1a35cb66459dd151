// The docs site's script: registers every widget so the demos on each page are live.
export {};
