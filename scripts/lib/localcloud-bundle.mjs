// The local cloud is TypeScript; bundle it once (packages stay external) so plain node runs it.
import { bundleForNode } from './bundle.mjs';

export const bundleLocalCloud = () => bundleForNode('localcloud/main.ts', 'localcloud', 'main');
