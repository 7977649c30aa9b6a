fn main() {
    let chunks = vec![vec![1, 2, 3], vec![], vec![4, 5]];
    let flat: Vec<i32> = chunks.clone().into_iter().flatten().rev().collect();
    println!("{:?}", flat);
    let mut it = chunks.iter().flatten();
    println!("{:?} {:?} {:?}", it.next(), it.next_back(), it.next());
    println!("{:?}", it.collect::<Vec<_>>());
    let words = vec!["ab", "cd"];
    let last: Vec<char> = words.iter().map(|w| w.chars()).flatten().rev().collect();
    println!("{:?}", last);
    let opts = vec![Some(1), None, Some(3)];
    let r: Vec<i32> = opts.into_iter().flatten().rev().collect();
    println!("{:?}", r);
    let mut m = vec![vec!['a'], vec!['b', 'c']].into_iter().flatten();
    println!("{:?} {:?} {:?} {:?}", m.next_back(), m.next_back(), m.next_back(), m.next());
}
