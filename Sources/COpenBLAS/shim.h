#ifndef COPENBLAS_SHIM_H
#define COPENBLAS_SHIM_H
// Debian: libopenblas-dev provides cblas.h (via alternatives, under /usr/include/x86_64-linux-gnu),
// liblapacke-dev provides lapacke.h (netlib LAPACKE over OpenBLAS's LAPACK).
#include <cblas.h>
#include <lapacke.h>
#endif
