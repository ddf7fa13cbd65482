// Registers the tags first, so Vue finds `catalogue`, `pageSize` … as properties of the elements.
import '@asm-kit/elements/all';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
