// kubb's client (`pluginClient({ importPath })`): the one import, as kubb imports a client.
export {
  kubbClient as default,
  type KubbClient as Client,
  type KubbRequestConfig as RequestConfig,
  type KubbResponseConfig as ResponseConfig,
  type KubbResponseErrorConfig as ResponseErrorConfig,
} from '@boomstream/openapi/decode';
