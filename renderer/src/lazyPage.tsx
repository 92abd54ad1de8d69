import { lazy, Suspense, type ComponentType, type ReactElement } from 'react';
import { Flex, Spin } from 'antd';

/**
 * A route's page, loaded the first time it is opened: the renderer is split by page folder so the first render
 * waits for the shell and the sign-in screen only, not for every ledger (nor echarts, which only the statistics
 * page uses). `load` imports the folder's route chunk (pages/<folder>/<folder>RouteChunk.ts); `name` picks the
 * page from it. Each folder's pages share one chunk, so moving between a list and its records loads nothing more.
 */
export function lazyPage<Chunk extends Record<Name, ComponentType>, Name extends keyof Chunk & string>(load: () => Promise<Chunk>, name: Name): ReactElement {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}

/** Shown for the moment a page's chunk takes to load (from the local disk or the loopback bridge). */
export function PageLoading() {
  return (
    <Flex justify="center" style={{ padding: 48 }}>
      <Spin description="正在加载…">
        <div style={{ width: 160, height: 48 }} />
      </Spin>
    </Flex>
  );
}
