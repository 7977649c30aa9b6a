//@ mode: check
fn double(n: i32) -> {
    n * 2
}

fn main() {}
