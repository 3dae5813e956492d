{
  "targets": [
    {
      "target_name": "openblas_peer",
      "sources": ["openblas_peer.cpp"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_VERSION=8", "NODE_ADDON_API_DISABLE_DEPRECATED", "NODE_ADDON_API_DISABLE_CPP_EXCEPTIONS"],
      "cflags_cc": ["-O2"],
      "libraries": ["-lopenblas"]
    }
  ]
}
