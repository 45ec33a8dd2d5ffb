// Vite bundles imported stylesheets into a CSS file linked from index.html (allowed by the CSP).
declare module '*.css';
