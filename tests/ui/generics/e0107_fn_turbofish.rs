//@ mode: check
fn id<T>(x: T) -> T {
    x
}

fn main() {
    let n = id::<i32, i32>(5);
    println!("{}", n);
}
