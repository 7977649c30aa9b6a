//@ mode: check
fn answer() i32 {
    42
}

fn main() {}
