fn check(x: i32) -> i32 {
    if x > 0 {
        if x > 10 {
            "big"
        } else {
            1
        }
    } else {
        0
    }
}

fn main() {
    println!("{}", check(3));
}
