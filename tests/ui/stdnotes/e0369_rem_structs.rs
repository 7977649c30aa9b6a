// `%` on a struct: rustc words it "calculate the remainder of ... divided by ...".
struct Minutes {
    count: u32,
}

fn main() {
    let total = Minutes { count: 135 };
    let hour = Minutes { count: 60 };
    let left = total % hour;
    println!("{}", left.count);
}
