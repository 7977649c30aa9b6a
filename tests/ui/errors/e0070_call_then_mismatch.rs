//@ mode: check
// The right side's mismatch is reported before the invalid left side.
fn limit() -> u32 {
    8
}

fn main() {
    limit() = "nine";
}
