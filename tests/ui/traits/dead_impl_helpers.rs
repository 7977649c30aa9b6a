//@ mode: check
// An impl's method is live only when the trait's method is used: a helper that only
// an unused trait method calls is dead. Unused trait constants are reported too.
trait Report {
    const LIMIT: u32;
    const UNUSED: u32 = 1;
    fn short(&self) -> u32;
    fn long(&self) -> u32;
}

struct Log;

fn count_short() -> u32 {
    1
}

fn count_long() -> u32 {
    2
}

impl Report for Log {
    const LIMIT: u32 = 10;
    fn short(&self) -> u32 {
        count_short()
    }
    fn long(&self) -> u32 {
        count_long()
    }
}

fn main() {
    println!("{} {}", Log.short(), Log::LIMIT);
}
