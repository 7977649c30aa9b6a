fn total<T: AsRef<[i32]>>(t: T) -> i32 {
    t.as_ref().iter().sum()
}

fn zero_first<T: AsMut<[u8]>>(mut t: T) -> T {
    t.as_mut()[0] = 0;
    t
}

fn main() {
    println!("{}", total([4, 5]));
    println!("{}", total(vec![1, 2, 3]));
    println!("{}", total(&[10, 20][..]));
    let a = [7u8, 8, 9];
    println!("{:?}", zero_first(a));
    println!("{}", total(&[6, 6]));
}
