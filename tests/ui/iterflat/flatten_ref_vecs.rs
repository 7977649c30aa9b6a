fn main() {
    let groups = vec![vec!["ann", "bo"], vec!["cy"]];
    let names: Vec<&&str> = groups.iter().flatten().collect();
    println!("{:?} from {} groups", names, groups.len());
    let total: usize = groups.iter().flatten().map(|s| s.len()).sum();
    println!("{}", total);
}
