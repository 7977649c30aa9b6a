fn total<const N: usize>(xs: [i32; N]) -> i32 {
    let mut sum = 0;
    for i in 0..N {
        sum += xs[i];
    }
    sum
}

fn largest<const N: usize>(xs: &[u32; N]) -> u32 {
    xs.iter().copied().max().unwrap_or(0)
}

fn filled<const N: usize>(v: char) -> [char; N] {
    [v; N]
}

fn describe<T: std::fmt::Debug, const N: usize>(items: [T; N]) -> String {
    format!("{} items: {:?}", N, items)
}

fn main() {
    println!("{}", total([1, 2, 3]));
    println!("{}", total([10; 5]));
    println!("{}", largest(&[4, 9, 2, 7]));
    let row: [char; 4] = filled('*');
    println!("{:?}", row);
    println!("{}", describe(["a", "b"]));
    println!("{}", describe([1.5, 2.5, 3.5]));
}
