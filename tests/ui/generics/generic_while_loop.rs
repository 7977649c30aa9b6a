// A generic function whose loop moves values around.
#[derive(Debug)]
struct Slot<T> {
    value: T,
    count: u32,
}

fn bump<T>(s: Slot<T>, times: u32) -> Slot<T> {
    let mut cur = s;
    let mut i = 0;
    while i < times {
        cur = Slot { value: cur.value, count: cur.count + 1 };
        i += 1;
    }
    cur
}

fn main() {
    println!("{:?}", bump(Slot { value: "v", count: 0 }, 4));
}
