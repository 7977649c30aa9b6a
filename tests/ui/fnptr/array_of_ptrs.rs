fn one() -> u8 {
    1
}

fn two() -> u8 {
    2
}

fn main() {
    let table: [fn() -> u8; 2] = [one, two];
    let mut sum = 0;
    for f in table {
        sum += f();
    }
    println!("{}", sum);
}
