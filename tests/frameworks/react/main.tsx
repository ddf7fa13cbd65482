// Registers the tags before React renders: React 19 sets a prop as a property only when the element has it.
import '@asm-kit/elements/all';
import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('root')!).render(<App />);
