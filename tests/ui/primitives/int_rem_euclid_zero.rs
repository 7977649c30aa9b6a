fn wrap(i: i32, n: i32) -> i32 {
    i.rem_euclid(n)
}

fn main() {
    println!("{}", wrap(-1, 4));
    println!("{}", wrap(5, 0));
}
