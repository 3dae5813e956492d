{
  "targets": [
    {
      "target_name": "kala",
      "sources": [
        "<!@(node -p \"require('fs').readdirSync('csrc').filter(f => f.endsWith('.cpp')).map(f => 'csrc/' + f).join(' ')\")",
        "<!@(node -p \"require('fs').readdirSync('csrc/ops').filter(f => f.endsWith('.cpp')).map(f => 'csrc/ops/' + f).join(' ')\")",
        "<!@(node -p \"require('fs').readdirSync('csrc/kernels').filter(f => f.endsWith('.cpp')).map(f => 'csrc/kernels/' + f).join(' ')\")",
        "<!@(node -p \"require('fs').readdirSync('csrc/napi').filter(f => f.endsWith('.cpp')).map(f => 'csrc/napi/' + f).join(' ')\")"
      ],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")", "csrc"],
      "defines": ["NAPI_VERSION=8", "NODE_ADDON_API_DISABLE_DEPRECATED", "NODE_ADDON_API_CPP_EXCEPTIONS", "NODE_ADDON_API_CPP_EXCEPTIONS_ALL"],
      "cflags!": ["-fno-exceptions", "-O2"],
      "cflags_cc!": ["-fno-exceptions", "-fno-rtti", "-O2", "-std=gnu++17"],
      "cflags": ["-O3", "-fopenmp-simd", "-fno-math-errno", "-fno-trapping-math", "-pthread"],
      "cflags_cc": ["-std=c++17", "-O3", "-fopenmp-simd", "-fexceptions", "-frtti", "-fno-math-errno", "-fno-trapping-math", "-pthread", "-Wall", "-Wno-unused-function", "-Wno-maybe-uninitialized"],
      "ldflags": ["-pthread"],
      "xcode_settings": {
        "GCC_ENABLE_CPP_EXCEPTIONS": "YES",
        "CLANG_CXX_LANGUAGE_STANDARD": "c++17",
        "OTHER_CPLUSPLUSFLAGS": ["-O3"]
      },
      "msvs_settings": { "VCCLCompilerTool": { "ExceptionHandling": 1, "AdditionalOptions": ["/std:c++17", "/O2"] } }
    }
  ]
}
