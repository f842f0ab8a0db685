// monaco-yaml's language worker, wrapped so Vite bundles it with `?worker` (see STACK.md).
import 'monaco-yaml/yaml.worker.js';
