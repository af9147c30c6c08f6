import type { StorybookConfig } from '@storybook/web-components-vite';
import { sourceDefaults } from './source-defaults.js';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The demo's illustrations, so stories show the real article's figures.
  staticDirs: [{ from: '../demo/images', to: '/images' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Defaults the analyzer wrote as constant names become their values (see source-defaults.ts).
  viteFinal: (viteConfig) => ({ ...viteConfig, plugins: [...(viteConfig.plugins ?? []), sourceDefaults()] }),
};

export default config;
