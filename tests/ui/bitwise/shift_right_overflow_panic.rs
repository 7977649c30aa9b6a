//@ mode: run
// Shifting right by the type's width or more panics in debug builds.
fn halve_times(value: u64, times: u32) -> u64 {
    value >> times
}

fn main() {
    for t in 62..65 {
        println!("{}", halve_times(u64::MAX, t));
    }
}
