//@ mode: check
struct Range<T: PartialOrd> {
    lo: T,
    hi: T,
}

fn width<T: Copy>(r: Range<T>) -> T {
    r.hi
}

fn main() {
    let r = Range { lo: 1, hi: 4 };
    println!("{}", width(r) + 0);
}
