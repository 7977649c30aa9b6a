fn main() {
    let words = vec!["ox", "heron", "cat"];
    let lens: Vec<usize> = words.iter().copied().map(str::len).collect();
    println!("{:?}", lens);
    let loud: Vec<String> = words.into_iter().map(str::to_uppercase).collect();
    println!("{:?}", loud);
}
