//@ mode: check
struct Wrapper<T>(T);

fn main() {
    let w: Wrapper<u8> = Wrapper(true);
    let _ = w.0;
}
