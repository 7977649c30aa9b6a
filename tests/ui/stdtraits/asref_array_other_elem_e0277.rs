fn total<T: AsRef<[i32]>>(t: T) -> i32 {
    t.as_ref().iter().sum()
}

fn main() {
    println!("{}", total([1u8, 2]));
}
