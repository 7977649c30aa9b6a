// A generic identity function used at several types.
fn id<T>(x: T) -> T {
    x
}

fn main() {
    let a = id(41) + 1;
    let b = id("hello");
    let c = id(true);
    let d = id((1.5, 'z'));
    println!("{} {} {} {:?}", a, b, c, d);
}
