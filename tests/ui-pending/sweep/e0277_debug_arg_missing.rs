//@ mode: check
#[derive(Debug)]
struct Wrapper<T>(T);

struct Opaque;

fn main() {
    let w = Wrapper(Opaque);
    println!("{:?}", w);
}
