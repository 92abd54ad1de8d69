import { z } from 'zod';

// Default zod messages in Simplified Chinese; schemas override the ones a clerk meets most.
z.config(z.locales.zhCN());
