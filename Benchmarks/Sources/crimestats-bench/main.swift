// crimestats-bench: the Swift side of `make bench` (Benchmarks/run.py runs it, one workload per process,
// and reads the JSON line it prints; peak memory is taken by the orchestrator from the child's rusage).
//
//   crimestats-bench trend-batch --series N [--years 20] [--runs R] [--seed S]
//   crimestats-bench validate    [--count 1000000] [--runs R] [--seed S]
//   crimestats-bench extract     [--reports 400] [--runs R] [--seed S]
//
// Every workload generates its data first (seeded, untimed), warms up, then times R runs and reports the
// median and the minimum.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    print("usage: crimestats-bench trend-batch|validate|extract [--key value ...]")
    exit(2)
}
let options = Options(arguments.dropFirst(2))
let result: ResultLine
switch arguments[1] {
case "trend-batch": result = TrendBatchBench.run(options)
case "validate": result = ValidateBench.run(options)
case "extract": result = ExtractBench.run(options)
default:
    print("unknown workload \(arguments[1])")
    exit(2)
}
print(result.text)
