//@ mode: check
struct Wrapper<T>(T);

fn empty<T>() -> [T; 0] {
    []
}

fn main() {
    let e = empty();
    let _w = Wrapper(1);
    println!("{}", e.len());
}
